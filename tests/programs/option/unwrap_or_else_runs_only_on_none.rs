// unwrap_or_else calls its closure only for None: the String it would build is never allocated for a Some.
let some: Option<String> = Some(String::from("here"));
let none: Option<String> = None;
let a = some.unwrap_or_else(|| String::from("fallback"));
let b = none.unwrap_or_else(|| String::from("fallback"));
println!("{} {} {} {}", a, a.capacity(), b, b.capacity());
// expect: here 4 fallback 8
