// `Some((&s, 1))` as an `Option<(&str, i32)>`: the expected type reaches the tuple inside `Some`, whose element is coerced.
let s = String::from("opt");
let o: Option<(&str, i32)> = Some((&s, 1));
println!("{:?}", o);
// expect: Some(("opt", 1))
