// A static is never moved from: it must still be there for the rest of the program.
static NAMES: Vec<String> = Vec::new();

fn main() {
    let names = NAMES;
    println!("{}", names.len());
}
// error: E0507 at 5:17
