// A binding arm before literal arms makes them unreachable; it compiles and the first arm wins.
fn main() {
    let x = 3;
    match x {
        n => println!("caught {n}"),
        3 => println!("three"),
    }
}
// expect: caught 3
