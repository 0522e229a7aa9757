// The book's shadowing surprise: Some(y) in a match arm binds a new y, not the outer one.
fn main() {
    let x = Some(5);
    let y = 10;
    match x {
        Some(50) => println!("Got 50"),
        Some(y) => println!("Matched, y = {y}"),
        _ => println!("Default case, x = {x:?}"),
    }
    println!("at the end: x = {x:?}, y = {y}");
}
// expect: Matched, y = 5
// expect: at the end: x = Some(5), y = 10
