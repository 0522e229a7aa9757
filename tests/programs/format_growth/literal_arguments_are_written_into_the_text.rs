// rustc writes string and integer literal arguments into the format string (also in parentheses or behind &), but not byte literals: a format left with no argument is one exact copy.
let a = format!("{}", ("x"));
let b = format!("{}{}", &"ab", 12);
let c = format!("{}", b'a');
let d = format!("{}abcdefghijklmnopq", 2147483648i64);
println!("{} {} {} {}", a.capacity(), b.capacity(), c.capacity(), d.capacity());
// expect: 1 4 8 27
