// Result::expect on an Err owns the error: it is dropped (its String freed) as the panic unwinds out of std, before the caller's variables.
#[derive(Debug)]
struct Failure(String);

impl Drop for Failure {
    fn drop(&mut self) {
        println!("drop failure {}", self.0);
    }
}

fn check(n: i32) -> Result<i32, Failure> {
    if n > 2 {
        Err(Failure(format!("{} is too big", n)))
    } else {
        Ok(n)
    }
}

fn main() {
    let label = String::from("label");
    let ok = check(1).expect("small");
    println!("{} {}", label, ok);
    let bad = check(5).expect("checked");
    println!("never {}", bad);
}

// expect: label 1
// expect: drop failure 5 is too big
// panic: checked: Failure("5 is too big")
// panic-at: 23:24
