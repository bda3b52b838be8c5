// Media field: a file chosen for upload shows its thumbnail at once (read locally as a data: URL, which the
// Content-Security-Policy allows), before the form is sent.
(function () {
  'use strict';
  document.querySelectorAll('input[type=file][data-media-upload]').forEach(function (upload) {
    var preview = document.getElementById(upload.id + '_preview');
    upload.addEventListener('change', function () {
      preview.textContent = '';
      var file = upload.files && upload.files[0];
      if (!file || !/^image\//.test(file.type)) { preview.hidden = true; return; }
      var reader = new FileReader();
      reader.addEventListener('load', function () {
        var img = document.createElement('img');
        img.src = reader.result;
        img.alt = upload.dataset.previewAlt + ' ' + file.name;
        preview.appendChild(img);
        preview.hidden = false;
      });
      reader.readAsDataURL(file);
    });
  });
})();
