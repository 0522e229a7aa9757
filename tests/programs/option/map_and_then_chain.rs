// Option's map and and_then run their closure on the payload of a Some, and never on a None.
let name: Option<String> = Some(String::from("ferris"));
let len = name.as_ref().map(|s| s.len());
let first = name.and_then(|s| s.chars().next());
let nothing: Option<i32> = None;
println!("{:?} {:?} {:?}", len, first, nothing.map(|x| {
    println!("never");
    x + 1
}));
// expect: Some(6) Some('f') None
