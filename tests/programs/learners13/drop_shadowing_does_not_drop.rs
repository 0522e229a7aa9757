// Shadowing a Drop value does not drop it: both live to the end of the scope, dropped in reverse order.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let x = D("first");
    println!("made {}", x.0);
    let x = D("second");
    println!("made {}", x.0);
    {
        let x = D("inner");
        println!("inner {}", x.0);
    }
    let _ = D("temporary");
    println!("end");
}
// expect: made first
// expect: made second
// expect: inner inner
// expect: drop inner
// expect: drop temporary
// expect: end
// expect: drop second
// expect: drop first
