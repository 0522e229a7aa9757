// A `Result<&str, &str>` borrowing two Strings is fine while both live; each arm prints the borrowed text.
fn pick<'a>(ok: bool, a: &'a String, b: &'a String) -> Result<&'a str, &'a str> {
    if ok { Ok(a) } else { Err(b) }
}

fn main() {
    let a = String::from("yes");
    let b = String::from("no");
    for ok in [true, false] {
        match pick(ok, &a, &b) {
            Ok(s) => println!("ok {}", s),
            Err(e) => println!("err {}", e),
        }
    }
}
// expect: ok yes
// expect: err no
