// `#[derive(Copy)]` with a hand-written `impl Clone`, and `#[derive(Eq)]` with a hand-written `impl PartialEq`, meet the derives' bounds as rustc accepts them (no E0277).
#[derive(Copy)]
struct P(i32);

impl Clone for P {
    fn clone(&self) -> P {
        *self
    }
}

#[derive(Debug, Eq)]
struct N(i32);

impl PartialEq for N {
    fn eq(&self, o: &N) -> bool {
        self.0 % 10 == o.0 % 10
    }
}

fn main() {
    let a = P(1);
    let b = a;
    println!("{} {} {}", a.0, b.0, N(3) == N(13));
}
// expect: 1 1 true
