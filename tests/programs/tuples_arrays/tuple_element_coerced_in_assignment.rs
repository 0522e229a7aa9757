// Assigning a tuple to a variable declared `(&str, i32)` coerces the `&String` element.
let s = String::from("late");
let t: (&str, i32);
t = (&s, 2);
println!("{:?}", t);
// expect: ("late", 2)
