// Blocks are expressions: the last expression is the value; ending it with `;` makes the value ().
fn main() {
    let x = 5u32;
    let y = {
        let x_squared = x * x;
        let x_cube = x_squared * x;
        x_cube + x_squared + x
    };
    let z = {
        2 * x;
    };
    println!("x is {:?}", x);
    println!("y is {:?}", y);
    println!("z is {:?}", z);
}
// expect: x is 5
// expect: y is 155
// expect: z is ()
