// A `let … else` scrutinee that is a temporary is dropped before the else block runs; a variable matched is left to its own scope.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn pair(ok: bool) -> (Noisy, Option<u8>) {
    (Noisy("temporary"), if ok { Some(1) } else { None })
}

fn from_temporary(ok: bool) {
    let (_, Some(v)) = pair(ok) else {
        println!("else");
        return;
    };
    println!("matched {v}");
}

fn from_variable(ok: bool) {
    let p = (Noisy("variable"), if ok { Some(2) } else { None });
    let (_, Some(v)) = p else {
        println!("else");
        return;
    };
    println!("matched {v}");
}

fn main() {
    from_temporary(true);
    from_temporary(false);
    from_variable(true);
    from_variable(false);
}
// expect: drop temporary
// expect: matched 1
// expect: drop temporary
// expect: else
// expect: matched 2
// expect: drop variable
// expect: else
// expect: drop variable
