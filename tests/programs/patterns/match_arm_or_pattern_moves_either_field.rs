// An or-pattern's alternatives may bind different fields; after the match both may have moved, the untouched one is still usable.
fn main() {
    let t = (String::from("left"), String::from("right"), String::from("spare"));
    let flag = true;
    match (flag, t) {
        (true, (s, _, _)) | (false, (_, s, _)) => println!("{}", s),
    }
}
// expect: left
