// A borrow held by one arm's binding does not reach into another arm: `None => opt = ..` may assign the matched variable.
fn main() {
    let mut opt: Option<String> = None;
    for _ in 0..2 {
        match &mut opt {
            Some(s) => s.push('x'),
            None => opt = Some(String::from("new")),
        }
    }
    println!("{:?}", opt);
}
// expect: Some("newx")
