namespace RencontresAict.Api.Queries;

public sealed record ContentOrder(ContentQueryTarget Target, bool Descending);
