// Rustlings-style: a function taking `impl SomeTrait + OtherTrait`, and the same as a where clause.
trait SomeTrait {
    fn some_function(&self) -> bool {
        true
    }
}

trait OtherTrait {
    fn other_function(&self) -> bool {
        true
    }
}

struct SomeStruct;
struct OtherStruct;

impl SomeTrait for SomeStruct {}
impl OtherTrait for SomeStruct {}
impl SomeTrait for OtherStruct {}
impl OtherTrait for OtherStruct {}

fn some_func(item: impl SomeTrait + OtherTrait) -> bool {
    item.some_function() && item.other_function()
}

fn other_func<T>(item: &T) -> bool
where
    T: SomeTrait + OtherTrait,
{
    item.some_function() || item.other_function()
}

fn main() {
    println!("{}", some_func(SomeStruct));
    println!("{}", some_func(OtherStruct));
    println!("{}", other_func(&SomeStruct));
}
// expect: true
// expect: true
// expect: true
