// A String error returned with `?` or `.into()` as a Box<dyn Error + Send + Sync> is boxed in std's StringError.
use std::error::Error;

fn check(age: i32) -> Result<i32, Box<dyn Error + Send + Sync>> {
    if age < 0 {
        return Err(format!("bad age {}", age).into());
    }
    let too_old: Result<i32, String> = if age > 150 { Err(String::from("too old")) } else { Ok(age) };
    let a = too_old?;
    Ok(a)
}

fn main() {
    for age in [30, -1, 200] {
        match check(age) {
            Ok(a) => println!("ok {}", a),
            Err(e) => println!("{}", e),
        }
    }
}
// expect: ok 30
// expect: bad age -1
// expect: too old
