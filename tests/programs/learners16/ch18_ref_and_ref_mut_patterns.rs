// `ref` and `ref mut` in patterns: borrowing a field of a tuple, mutating through ref mut.
fn main() {
    let mut pair = (String::from("left"), 0);
    {
        let (ref name, ref mut count) = pair;
        *count += name.len();
    }
    println!("{:?}", pair);
    let mut robot_name = Some(String::from("Bors"));
    match robot_name {
        Some(ref mut name) => name.push_str(" Jr."),
        None => (),
    }
    println!("{:?}", robot_name);
}
// expect: ("left", 4)
// expect: Some("Bors Jr.")
