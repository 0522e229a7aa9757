// An Option<Box<dyn Fn(i32) -> i32>> hook: called when set, replaced, then taken out.
struct Pipeline {
    hook: Option<Box<dyn Fn(i32) -> i32>>,
}

impl Pipeline {
    fn run(&self, x: i32) -> i32 {
        match &self.hook {
            Some(f) => f(x),
            None => x,
        }
    }
}

fn main() {
    let mut p = Pipeline { hook: None };
    println!("{}", p.run(5));
    p.hook = Some(Box::new(|x| x * 3));
    println!("{}", p.run(5));
    let offset = 10;
    p.hook = Some(Box::new(move |x| x + offset));
    println!("{}", p.run(5));
    let taken = p.hook.take();
    println!("{} {}", p.run(5), taken.map(|f| f(1)).unwrap_or(0));
}
// expect: 5
// expect: 15
// expect: 15
// expect: 5 11
