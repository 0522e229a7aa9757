// An irrefutable if let (a plain binding) is only a warning: the program runs.
fn main() {
    let x = 5;
    if let y = x {
        println!("{}", y + 1);
    }
}
// expect: 6
