// A range pattern whose lower bound exceeds the upper (10..=1): E0030.
fn main() {
    let n = 5;
    match n {
        10..=1 => println!("never"),
        _ => println!("other"),
    }
}
// error: E0030 at 5:9
