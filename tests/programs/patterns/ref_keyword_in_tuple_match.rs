// `ref` in a match on a tuple of Strings borrows the fields instead of moving them, so the tuple stays whole.
fn main() {
    let pair = (String::from("left"), String::from("right"));
    match pair {
        (ref a, ref b) if a.len() < b.len() => println!("{} is shorter than {}", a, b),
        (ref a, _) => println!("{} is not shorter", a),
    }
    println!("{:?}", pair);
}
// expect: left is shorter than right
// expect: ("left", "right")
