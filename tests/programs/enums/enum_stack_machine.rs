// A tiny stack machine: an enum of instructions with payloads, a Vec stack, while let and let-else.
#[derive(Debug, Clone)]
enum Op {
    Push(i64),
    Add,
    Mul,
    Dup,
    Print,
}

fn run(program: &[Op]) -> Result<Vec<i64>, String> {
    let mut stack: Vec<i64> = Vec::new();
    for (pc, op) in program.iter().enumerate() {
        match op {
            Op::Push(v) => stack.push(*v),
            Op::Add | Op::Mul => {
                let (Some(b), Some(a)) = (stack.pop(), stack.pop()) else {
                    return Err(format!("stack underflow at {pc}"));
                };
                stack.push(if let Op::Add = op { a + b } else { a * b });
            }
            Op::Dup => {
                let Some(&top) = stack.last() else {
                    return Err(format!("nothing to dup at {pc}"));
                };
                stack.push(top);
            }
            Op::Print => println!("{:?}", stack),
        }
    }
    Ok(stack)
}

fn main() {
    let prog = vec![Op::Push(2), Op::Push(3), Op::Add, Op::Dup, Op::Mul, Op::Print];
    println!("{:?}", run(&prog));
    println!("{:?}", run(&[Op::Push(1), Op::Add]));
    let mut rest = run(&prog).unwrap();
    while let Some(top) = rest.pop() {
        println!("popped {top}");
    }
}
// expect: [25]
// expect: Ok([25])
// expect: Err("stack underflow at 1")
// expect: [25]
// expect: popped 25
