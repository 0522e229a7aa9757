// A trait implemented for i32 and generically for Vec<T> and Option<T>, with functions bounded by Iterator<Item = ...>.
trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("int {}", self)
    }
}

impl<T: Describe> Describe for Vec<T> {
    fn describe(&self) -> String {
        let parts: Vec<String> = self.iter().map(|x| x.describe()).collect();
        format!("[{}]", parts.join(", "))
    }
}

impl<T: Describe> Describe for Option<T> {
    fn describe(&self) -> String {
        match self {
            Some(x) => format!("some {}", x.describe()),
            None => "none".to_string(),
        }
    }
}

fn sum_all<I: Iterator<Item = u32>>(it: I) -> u32 {
    it.sum()
}

fn describe_all<'a, T: Describe + 'a>(items: impl Iterator<Item = &'a T>) -> Vec<String> {
    items.map(|i| i.describe()).collect()
}

fn main() {
    println!("{}", vec![Some(1), None, Some(3)].describe());
    println!("{}", sum_all(vec![1u32, 2, 3].into_iter()));
    println!("{}", sum_all((1..=4).map(|x| x * x)));
    println!("{:?}", describe_all([7, 8].iter()));
}
// expect: [some int 1, none, some int 3]
// expect: 6
// expect: 30
// expect: ["int 7", "int 8"]
