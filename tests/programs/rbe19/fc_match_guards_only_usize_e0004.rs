// Only guarded arms on a usize: the whole range is written `0_usize..` (E0004).
fn main() {
    let v = vec![1, 2, 3];
    match v.len() {
        n if n > 2 => println!("long"),
        n if n <= 2 => println!("short"),
    }
}
// error: E0004 at 4:11
