// An exclusive range pattern with equal bounds (5..5) matches nothing: E0579.
fn main() {
    let n = 5;
    match n {
        0..5 => println!("low"),
        5..5 => println!("never"),
        _ => println!("high"),
    }
}
// error: E0579 at 6:9
