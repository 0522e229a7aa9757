// An arm after a catch-all is only a warning (unreachable pattern): the program runs.
fn main() {
    let n = 3;
    match n {
        _ => println!("anything"),
        3 => println!("three"),
    }
}
// expect: anything
