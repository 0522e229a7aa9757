// A generic Pipeline<T> holding Vec<Box<dyn Fn(T) -> T>>, built by chained add(impl Fn + 'static) calls and run over i32 and String.
struct Pipeline<T> {
    steps: Vec<Box<dyn Fn(T) -> T>>,
}

impl<T> Pipeline<T> {
    fn new() -> Self {
        Pipeline { steps: Vec::new() }
    }
    fn add(mut self, f: impl Fn(T) -> T + 'static) -> Self {
        self.steps.push(Box::new(f));
        self
    }
    fn run(&self, mut x: T) -> T {
        for step in &self.steps {
            x = step(x);
        }
        x
    }
}

fn main() {
    let p = Pipeline::new().add(|x: i32| x + 1).add(|x| x * 10).add(|x| x - 3);
    println!("{}", p.run(4));
    let s = Pipeline::new().add(|s: String| s.to_uppercase()).add(|s| format!("<{}>", s));
    println!("{}", s.run("hi".to_string()));
    println!("{}", p.steps.len());
}
// expect: 47
// expect: <HI>
// expect: 3
