// A struct generic over F: Fn(u64) -> u64 caching its one result in an Option.
struct Cacher<F>
where
    F: Fn(u64) -> u64,
{
    calculation: F,
    value: Option<u64>,
}

impl<F> Cacher<F>
where
    F: Fn(u64) -> u64,
{
    fn new(calculation: F) -> Cacher<F> {
        Cacher { calculation, value: None }
    }

    fn value(&mut self, arg: u64) -> u64 {
        match self.value {
            Some(v) => v,
            None => {
                let v = (self.calculation)(arg);
                self.value = Some(v);
                v
            }
        }
    }
}

fn main() {
    let mut runs = 0;
    let mut c = Cacher::new(|n| {
        println!("calculating slowly...");
        n * 2
    });
    for _ in 0..3 {
        runs += 1;
        println!("{}", c.value(21));
    }
    println!("runs {runs}");
}
// expect: calculating slowly...
// expect: 42
// expect: 42
// expect: 42
// expect: runs 3
