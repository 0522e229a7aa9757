// An `if` that gives a value needs an `else` giving one too: without it, error E0317.
fn main() {
    let n = 3;
    let label: &str = if n > 2 { "big" };
    println!("{}", label);
}
// error: E0317 at 4:23
