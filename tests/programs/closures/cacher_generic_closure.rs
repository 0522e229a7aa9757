// A Cacher<T: Fn(u32) -> u32> memoising one value: the closure runs once, the second call returns the kept value.
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
        Cacher {
            calculation,
            value: None,
        }
    }

    fn value(&mut self, arg: u32) -> u32 {
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
    let mut expensive_result = Cacher::new(|num| {
        println!("calculating slowly...");
        num * 2
    });
    println!("{}", expensive_result.value(21));
    println!("{}", expensive_result.value(99));
    println!("{}", std::mem::size_of::<Cacher<fn(u32) -> u32>>());
}
// expect: calculating slowly...
// expect: 42
// expect: 42
// expect: 16
