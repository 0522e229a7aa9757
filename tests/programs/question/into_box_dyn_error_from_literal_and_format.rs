// `"..".into()` and `format!(..).into()` where a `Box<dyn Error>` is expected go through std's From impls: a String made of the literal (or the format's own), boxed in std's StringError.
use std::error::Error;

fn check(n: i32) -> Result<i32, Box<dyn Error>> {
    if n < 0 {
        return Err("negative".into());
    }
    if n > 9 {
        return Err(format!("{} has two digits", n).into());
    }
    Ok(n)
}

fn main() {
    for n in [3, -1, 12] {
        match check(n) {
            Ok(v) => println!("ok {}", v),
            Err(e) => println!("{} / {:?}", e, e),
        }
    }
}
// expect: ok 3
// expect: negative / "negative"
// expect: 12 has two digits / "12 has two digits"
