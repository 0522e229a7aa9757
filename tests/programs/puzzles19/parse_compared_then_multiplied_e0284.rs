// `x > n` types n as i64 (i64 compares with i64 alone), but `x * m` leaves m open: E0284 at `let m` only.
fn main() {
    let x: i64 = 5;
    let n = "3".parse().unwrap();
    if x > n {
        println!("bigger");
    }
    let m = "4".parse().unwrap();
    println!("{}", x * m);
}
// error: E0284 at 8:9
