//===- Boards.td - Cortex-M CPUs, chips and boards ---------*- tablegen -*-===//
//
// The single source of truth for every Cortex-M board adder can build for
// (DESIGN.md decision 2). Three levels, as LLVM describes processors:
//
//   CPU    a core configuration: LLVM triple, -mcpu, features, float ABI,
//          and where the matching picolibc and libgcc multilibs live.
//   Chip   a class: the CPU, memory map, core clock, interrupt count, and
//          the peripherals the runtime uses (console UART, tick timer),
//          each naming its chip-family driver.
//   Board  a def that inherits from its chip class (`def x : Board<...>,
//          STM32F405`), adds what the circuit board decides (QEMU machine,
//          stack and heap sizes, console baud rate) and may `let` any chip
//          field to something else.
//
// adder-tblgen -gen-boards turns this file into adder/Boards.inc: the
// host-side BoardInfo table (targets/include/adder/targets/BoardInfo.h)
// and the per-board #defines the board-side C++ is compiled with
// (targets/cortex-m/BoardConfig.h). Adding a board on an existing chip is
// one def here and one line in test/lit/targets/boards.test.
//
// Memory maps are those of QEMU 7.2's machine models where they are a
// subset of the real part, and the real part's otherwise (netduinoplus2:
// QEMU maps 192 KB of SRAM, the STM32F405 has 128 KB; we use 128 KB).
//
//===----------------------------------------------------------------------===//

//===----------------------------------------------------------------------===//
// Kinds. Each is listed once here and becomes an enumerator of the host-side
// enums and a macro of the board-side config.
//===----------------------------------------------------------------------===//

class FloatABI<string name> { string Name = name; }
def SoftFloat : FloatABI<"Soft">;
def HardFloat : FloatABI<"Hard">;

// The FPU a CPU has: clang's -mfpu spelling and LLVM's subtarget features.
class FPU<string name, string features> {
  string Name = name;
  string Features = features;
}
def NoFPU : FPU<"", "">;
def FPv4SPD16 : FPU<"fpv4-sp-d16", "+vfp4d16sp">;

// A chip-family driver: the enumerator name, the macro suffix the board
// config defines (ADDER_CONSOLE_<Macro>, ADDER_TICKS_<Macro>) and its source
// file, relative to targets/.
class Driver<string name, string macro, string source> {
  string Name = name;
  string Macro = macro;
  string Source = source;
}
class ConsoleDriver<string name, string macro, string source>
    : Driver<name, macro, source>;
class TicksDriver<string name, string macro, string source>
    : Driver<name, macro, source>;

def CmsdkUart : ConsoleDriver<"CmsdkUart", "CMSDK_UART",
                              "cortex-m/drivers/CmsdkUart.cpp">;
def Stm32Usart : ConsoleDriver<"Stm32Usart", "STM32_USART",
                               "cortex-m/drivers/Stm32Usart.cpp">;
def Nrf51Uart : ConsoleDriver<"Nrf51Uart", "NRF51_UART",
                              "cortex-m/drivers/Nrf51Uart.cpp">;

def SysTickTimer : TicksDriver<"SysTick", "SYSTICK",
                               "cortex-m/drivers/SysTick.cpp">;
def Nrf51Timer : TicksDriver<"Nrf51Timer", "NRF51_TIMER",
                             "cortex-m/drivers/Nrf51Timer.cpp">;

// How much of the runtime a board carries (STYLE.md: feature tiers are one
// board property).
class FeatureTier<string name> { string Name = name; }
def TierMinimal : FeatureTier<"Minimal">;
def TierCore : FeatureTier<"Core">;
def TierFull : FeatureTier<"Full">;

//===----------------------------------------------------------------------===//
// CPUs
//===----------------------------------------------------------------------===//

class CPU<string llvmName, string triple, FPU fpu, FloatABI abi,
          string multilib> {
  string LLVMName = llvmName;      // -mcpu / TargetMachine CPU
  string Triple = triple;
  FPU Fpu = fpu;
  FloatABI ABI = abi;
  // Extra LLVM subtarget features beyond the FPU's.
  string ExtraFeatures = "";
  // picolibc: /usr/lib/picolibc/arm-none-eabi/lib/<PicolibcMultilib>
  string PicolibcMultilib = multilib;
  // libgcc: /usr/lib/gcc/arm-none-eabi/<version>/<LibgccMultilib>
  string LibgccMultilib = multilib;
}

def CortexM0 : CPU<"cortex-m0", "thumbv6m-none-eabi", NoFPU, SoftFloat,
                   "thumb/v6-m/nofp">;
def CortexM3 : CPU<"cortex-m3", "thumbv7m-none-eabi", NoFPU, SoftFloat,
                   "thumb/v7-m/nofp">;
def CortexM4F : CPU<"cortex-m4", "thumbv7em-none-eabihf", FPv4SPD16,
                    HardFloat, "thumb/v7e-m+fp/hard">;

//===----------------------------------------------------------------------===//
// Peripherals and chips
//===----------------------------------------------------------------------===//

class Memory<int origin, int size> {
  int Origin = origin;
  int Size = size;
}

// A UART instance. ClockHz is the peripheral clock the baud divisor is
// computed from. Pins are chip-specific numbers (STM32: port * 16 + pin,
// nRF51: GPIO number); -1 when the UART has fixed pins.
class Uart<ConsoleDriver driver, int base, int clockHz, int txPin = -1,
           int rxPin = -1, int pinFunction = 0> {
  ConsoleDriver Driver = driver;
  int Base = base;
  int ClockHz = clockHz;
  int TxPin = txPin;
  int RxPin = rxPin;
  int PinFunction = pinFunction;  // STM32 alternate function number
}

// The timer behind adder_hal_ticks_us. Base is 0 for SysTick (core
// peripheral at a fixed address).
class Timer<TicksDriver driver, int base> {
  TicksDriver Driver = driver;
  int Base = base;
}

class Chip<string name, CPU cpu> {
  string ChipName = name;
  CPU Cpu = cpu;
  Memory Flash;
  Memory Ram;
  int CoreClockHz;     // the clock SysTick counts (CLKSOURCE = processor)
  int IrqCount;        // external interrupts; the vector table has 16 more
  Uart Console;
  Timer Ticks = Timer<SysTickTimer, 0>;
}

// ARM's CMSDK example system on the MPS2 FPGA board (application notes
// AN385: Cortex-M3, AN386: Cortex-M4F). QEMU maps 4 MB of SSRAM1 at 0 (the
// "flash": it is RAM, loaded with the image) and 4 MB of SSRAM2/3 at
// 0x20000000; SYSCLK is 25 MHz.
class CmsdkSystem<string name, CPU cpu> : Chip<name, cpu> {
  let Flash = Memory<0x00000000, 0x400000>;
  let Ram = Memory<0x20000000, 0x400000>;
  let CoreClockHz = 25000000;
  let IrqCount = 32;
  let Console = Uart<CmsdkUart, 0x40004000, 25000000>;  // UART0
}
class CmsdkCM3 : CmsdkSystem<"CMSDK-CM3", CortexM3>;
class CmsdkCM4F : CmsdkSystem<"CMSDK-CM4F", CortexM4F>;

// STM32F405: 1 MB flash at 0x08000000 (aliased at 0 when booting from
// flash), 128 KB SRAM at 0x20000000 (the 64 KB CCM at 0x10000000 is not in
// QEMU 7.2's model, so it is unused). QEMU clocks the core at 168 MHz
// whatever RCC says; the startup does not program the PLL yet, so on real
// silicon the core and APB2 run from the 16 MHz HSI (see README.md).
class STM32F405 : Chip<"STM32F405", CortexM4F> {
  let Flash = Memory<0x08000000, 0x100000>;
  let Ram = Memory<0x20000000, 0x20000>;
  let CoreClockHz = 168000000;
  let IrqCount = 82;
  // USART1 on PA9 (TX) / PA10 (RX), alternate function 7.
  let Console = Uart<Stm32Usart, 0x40011000, 16000000, 9, 10, 7>;
}

// nRF51822 (256 KB flash variant): flash at 0, 16 KB RAM at 0x20000000.
// The nRF51 has no SysTick; TIMER0 at 1 MHz counts microseconds.
class NRF51822 : Chip<"nRF51822", CortexM0> {
  let Flash = Memory<0x00000000, 0x40000>;
  let Ram = Memory<0x20000000, 0x4000>;
  let CoreClockHz = 16000000;
  let IrqCount = 32;
  let Console = Uart<Nrf51Uart, 0x40002000, 16000000>;
  let Ticks = Timer<Nrf51Timer, 0x40008000>;  // TIMER0
}

//===----------------------------------------------------------------------===//
// Boards
//===----------------------------------------------------------------------===//

class Board<string name, string qemuMachine> {
  string Name = name;                 // --target=<Name>, sys.platform
  string QemuMachine = qemuMachine;   // qemu-system-arm -M
  list<string> QemuArgs = [];         // extra arguments for this machine
  int StackSize = 8192;
  int DefaultHeapSize = 0;            // 0: all RAM between .bss and stack
  int ConsoleBaud = 115200;
  FeatureTier Tier = TierCore;
}

def mps2_an385 : Board<"mps2-an385", "mps2-an385">, CmsdkCM3 {
  let StackSize = 65536;
  let DefaultHeapSize = 1048576;
  let Tier = TierFull;
}

def mps2_an386 : Board<"mps2-an386", "mps2-an386">, CmsdkCM4F {
  let StackSize = 65536;
  let DefaultHeapSize = 1048576;
  let Tier = TierFull;
}

def netduinoplus2 : Board<"netduinoplus2", "netduinoplus2">, STM32F405 {
  let StackSize = 16384;
  let DefaultHeapSize = 65536;
}

// BBC micro:bit v1. The console UART is routed to the USB interface chip
// on P0.24 (TX) and P0.25 (RX).
def microbit : Board<"microbit", "microbit">, NRF51822 {
  // 4 KB of the 16 KB: the runtime keeps 1 KB of it for its own frames,
  // and the e2e programs recurse up to ~20 Python calls deep.
  let StackSize = 4096;
  let Tier = TierMinimal;
  let Console = Uart<Nrf51Uart, 0x40002000, 16000000, 24, 25>;
}
