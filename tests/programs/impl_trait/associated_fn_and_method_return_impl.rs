// An associated function returning `impl Iterator` and a method returning a `move` closure as `impl Fn`, each its body's concrete type.
struct Counter {
    step: u32,
}

impl Counter {
    fn evens_below(limit: u32) -> impl Iterator<Item = u32> {
        (0..limit).filter(|x| x % 2 == 0)
    }

    fn adder(&self) -> impl Fn(u32) -> u32 {
        let step = self.step;
        move |x| x + step
    }
}

fn main() {
    let c = Counter { step: 5 };
    let add = c.adder();
    let evens: Vec<u32> = Counter::evens_below(7).collect();
    println!("{:?} {}", evens, add(4));
    println!("{}", std::mem::size_of_val(&add));
}
// expect: [0, 2, 4, 6] 9
// expect: 4
