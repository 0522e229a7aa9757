// Temporaries drop at the end of the statement; a let-bound value at the end of the block.
struct T(&'static str);

impl Drop for T {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl T {
    fn name(&self) -> &'static str {
        self.0
    }
}

fn make(n: &'static str) -> T {
    println!("make {n}");
    T(n)
}

fn main() {
    let kept = make("kept");
    println!("len {}", make("temp").name().len());
    let _ = make("underscore");
    let _named = make("named");
    match make("scrutinee").name() {
        "scrutinee" => println!("in arm"),
        _ => {}
    }
    println!("end {}", kept.name());
}
// expect: make kept
// expect: make temp
// expect: len 4
// expect: drop temp
// expect: make underscore
// expect: drop underscore
// expect: make named
// expect: make scrutinee
// expect: in arm
// expect: drop scrutinee
// expect: end kept
// expect: drop named
// expect: drop kept
