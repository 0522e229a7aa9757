// The book's Cacher: a closure stored in a generic struct field and called through it as `(self.calc)(arg)`.
struct Cacher<T: Fn(u32) -> u32> {
    calc: T,
    value: Option<u32>,
}

impl<T: Fn(u32) -> u32> Cacher<T> {
    fn new(calc: T) -> Cacher<T> {
        Cacher { calc, value: None }
    }

    fn value(&mut self, arg: u32) -> u32 {
        match self.value {
            Some(v) => v,
            None => {
                let v = (self.calc)(arg);
                self.value = Some(v);
                v
            }
        }
    }
}

fn main() {
    let mut c = Cacher::new(|x| {
        println!("calculating slowly...");
        x * 2
    });
    println!("{}", c.value(3));
    println!("{}", c.value(4));
}
// expect: calculating slowly...
// expect: 6
// expect: 6
