// An unguarded binding arm (`x =>`) copies the scrutinee: rustc's overflow lint still knows n and rejects `n + n`.
fn main() {
    let n: i8 = 100;
    match n {
        x => println!("any {}", x),
    }
    let m: i8 = n + n;
    println!("{}", m);
}
// error: lint arithmetic_overflow at 7:17
