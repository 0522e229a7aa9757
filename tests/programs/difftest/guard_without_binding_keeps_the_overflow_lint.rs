// A guard that binds nothing (`_ if n > 50`) takes no reference to the scrutinee: rustc's overflow lint still knows n and rejects `n + n`.
fn main() {
    let n: i8 = 100;
    match n {
        _ if n > 50 => println!("big"),
        _ => println!("small"),
    }
    let m: i8 = n + n;
    println!("{}", m);
}
// error: lint arithmetic_overflow at 8:17
