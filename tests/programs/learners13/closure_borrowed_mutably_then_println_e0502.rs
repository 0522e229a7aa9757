// A counter closure mutably borrowing `count` is called after `count` is printed: E0502 at the print.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    println!("{}", count);
    inc();
}
// error: E0502 at 6:20
