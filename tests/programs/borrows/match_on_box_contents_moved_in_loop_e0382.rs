// A value moved in a loop's body and used both at a match on *b in the next iteration and after the loop: rustc's first E0382 is the match's, at the match (the use is of *b, not a prefix of the later use of b).
fn main() {
    let bx0: Box<i64> = Box::new(5);
    for _i in 0..1 {
        match (*bx0) {
            0 => println!("arm 0"),
            _ => println!("arm 4"),
        }
        let taken = bx0;
        drop(taken);
    }
    println!("{}", bx0);
}
// error: E0382 at 5:9
