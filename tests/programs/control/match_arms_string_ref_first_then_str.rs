// Match arms `&s`, `"x"`, `&s`: the first arm is coerced to `&str` when the second comes, and the third to that.
let s = String::from("own");
for n in 0..3 {
    let t = match n { 0 => &s, 1 => "x", _ => &s };
    println!("{}", t);
}
// expect: own
// expect: x
// expect: own
