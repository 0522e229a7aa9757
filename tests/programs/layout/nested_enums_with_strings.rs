// Enums inside enums: the inner enum's capacity niche leaves room for the outer's tags, until a variant no longer fits after it.
use std::mem::size_of;

#[allow(dead_code)]
enum Token {
    Word(String),
    Number(i64),
    Comma,
}

#[allow(dead_code)]
enum Node {
    Leaf(Token),
    Pair(u32, u32),
    End,
}

#[allow(dead_code)]
enum Tree {
    Leaf(Token),
    Branch(Box<Tree>, Box<Tree>),
}

#[allow(dead_code)]
struct Named {
    name: String,
    token: Token,
    flag: bool,
}

#[allow(dead_code)]
enum Outer {
    Named(Named),
    Nothing,
}

fn main() {
    println!("Token {}", size_of::<Token>());
    println!("Node {}", size_of::<Node>());
    println!("Tree {}", size_of::<Tree>());
    println!("Named {}", size_of::<Named>());
    println!("Outer {}", size_of::<Outer>());
    println!("Option<Token> {}", size_of::<Option<Token>>());
    println!("Option<Option<Node>> {}", size_of::<Option<Option<Node>>>());
}
// expect: Token 24
// expect: Node 24
// expect: Tree 24
// expect: Named 56
// expect: Outer 56
// expect: Option<Token> 24
// expect: Option<Option<Node>> 24
