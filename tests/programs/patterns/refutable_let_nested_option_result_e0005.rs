// A plain `let` with a refutable nested pattern is E0005, at the pattern.
let o: Option<Result<i32, String>> = Some(Ok(3));
let Some(Ok(v)) = o;
println!("{}", v);
// error: E0005 at 3:5
