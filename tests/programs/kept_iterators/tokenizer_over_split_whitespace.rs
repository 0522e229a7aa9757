// A tokenizer keeps `split_whitespace` and pulls tokens by hand: a number parses, an operator takes the next token as its operand.
fn main() {
    let src = "3 + 4 * 2 - 1";
    let mut tokens = src.split_whitespace();
    let mut acc: i64 = tokens.next().unwrap().parse().unwrap();
    while let Some(op) = tokens.next() {
        let rhs: i64 = tokens.next().unwrap().parse().unwrap();
        acc = match op {
            "+" => acc + rhs,
            "-" => acc - rhs,
            "*" => acc * rhs,
            _ => acc,
        };
        println!("{} {} -> {}", op, rhs, acc);
    }
    println!("{}", acc);
}
// expect: + 4 -> 7
// expect: * 2 -> 14
// expect: - 1 -> 13
// expect: 13
