// Match guards: Some(x) if x % 2 == 0, and a guard using an outer variable y.
fn main() {
    for num in [Some(4), Some(5), None] {
        match num {
            Some(x) if x % 2 == 0 => println!("The number {x} is even"),
            Some(x) => println!("The number {x} is odd"),
            None => (),
        }
    }
    let x = Some(5);
    let y = 10;
    match x {
        Some(50) => println!("Got 50"),
        Some(n) if n == y => println!("Matched, n = {n}"),
        _ => println!("Default case, x = {x:?}"),
    }
    let x = 4;
    let y = false;
    match x {
        4 | 5 | 6 if y => println!("yes"),
        _ => println!("no"),
    }
}
// expect: The number 4 is even
// expect: The number 5 is odd
// expect: Default case, x = Some(5)
// expect: no
