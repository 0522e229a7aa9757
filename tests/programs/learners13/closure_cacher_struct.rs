// The first edition's Cacher: a struct holding a closure T: Fn(u32) -> u32 and an Option of its value.
struct Cacher<T>
where
    T: Fn(u32) -> u32,
{
    calculation: T,
    value: Option<u32>,
}

impl<T> Cacher<T>
where
    T: Fn(u32) -> u32,
{
    fn new(calculation: T) -> Cacher<T> {
        Cacher { calculation, value: None }
    }

    fn value(&mut self, arg: u32) -> u32 {
        match self.value {
            Some(v) => {
                println!("  cached {}", v);
                v
            }
            None => {
                let v = (self.calculation)(arg);
                println!("  computed {}", v);
                self.value = Some(v);
                v
            }
        }
    }
}

fn main() {
    let mut expensive = Cacher::new(|num| {
        println!("calculating slowly for {}...", num);
        num * 2
    });
    println!("first: {}", expensive.value(21));
    println!("second: {}", expensive.value(21));
    println!("stored: {:?}", expensive.value);
}
// expect: calculating slowly for 21...
// expect:   computed 42
// expect: first: 42
// expect:   cached 42
// expect: second: 42
// expect: stored: Some(42)
