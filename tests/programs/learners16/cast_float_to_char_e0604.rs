// `3.5 as char`: only a u8 casts to char, E0604 for a float too.
fn main() {
    let f = 65.0;
    let c = f as char;
    println!("{}", c);
}
// error: E0604 at 4:13
