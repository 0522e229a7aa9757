// `if let Some(s) = &mut opt` keeps `opt` mutably borrowed while `s` is used, so assigning to `opt` in between is E0506.
fn main() {
    let mut opt = Some(String::from("a"));
    if let Some(s) = &mut opt {
        opt = None;
        s.push_str("x");
    }
    println!("{:?}", opt);
}
// error: E0506 at 5:9
