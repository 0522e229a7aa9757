// `#[allow(overflowing_literals)]` on one function silences the lint there only: another function's literal is still denied.
#[allow(overflowing_literals)]
fn wrapped() -> u8 {
    300
}

fn plain() -> u8 {
    256
}

fn main() {
    println!("{} {}", wrapped(), plain());
}
// error: lint overflowing_literals at 8:5
