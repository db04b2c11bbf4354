//===- serial_port.cpp - POSIX serial port transport ----------------------===//

#include "runtime/host/serial_port.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace plasticc::host {

namespace {

bool baudConstant(unsigned baud, speed_t &out) {
  struct Rate {
    unsigned baud;
    speed_t constant;
  };
  static const Rate rates[] = {
      {9600, B9600},       {19200, B19200},     {38400, B38400},
      {57600, B57600},     {115200, B115200},   {230400, B230400},
      {460800, B460800},   {500000, B500000},   {576000, B576000},
      {921600, B921600},   {1000000, B1000000}, {1500000, B1500000},
      {2000000, B2000000}, {3000000, B3000000}};
  for (const Rate &r : rates)
    if (r.baud == baud) {
      out = r.constant;
      return true;
    }
  return false;
}

std::string sysError(const std::string &path, const char *what) {
  return path + ": " + what + ": " + std::strerror(errno);
}

} // namespace

std::unique_ptr<SerialPort>
SerialPort::open(const std::string &path, unsigned baud, std::string &error) {
  speed_t speed;
  if (!baudConstant(baud, speed)) {
    error = path + ": unsupported baud rate " + std::to_string(baud);
    return nullptr;
  }
  // Non-blocking: open() of a tty must not wait for carrier, and every
  // transfer is bounded by poll().
  const int fd =
      ::open(path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    error = sysError(path, "cannot open");
    return nullptr;
  }
  std::unique_ptr<SerialPort> port(new SerialPort(path, fd));
  termios tio;
  if (tcgetattr(fd, &tio) != 0) {
    error = sysError(path, "not a serial port");
    return nullptr;
  }
  cfmakeraw(&tio);
  tio.c_cflag |= CLOCAL | CREAD;
  tio.c_cflag &= ~(CSTOPB | CRTSCTS | PARENB);
  tio.c_cc[VMIN] = 0;
  tio.c_cc[VTIME] = 0;
  if (cfsetispeed(&tio, speed) != 0 || cfsetospeed(&tio, speed) != 0 ||
      tcsetattr(fd, TCSANOW, &tio) != 0) {
    error = sysError(path, "cannot configure");
    return nullptr;
  }
  // Bytes left from an earlier session are not ours.
  tcflush(fd, TCIOFLUSH);
  return port;
}

SerialPort::~SerialPort() { ::close(fd); }

bool SerialPort::write(const uint8_t *data, size_t size, int timeoutMs,
                       std::string &error) {
  size_t done = 0;
  while (done < size) {
    pollfd p{fd, POLLOUT, 0};
    const int ready = ::poll(&p, 1, timeoutMs);
    if (ready < 0 && errno == EINTR)
      continue;
    if (ready < 0) {
      error = sysError(path, "poll");
      return false;
    }
    if (ready == 0) {
      error = path + ": the device took no data for " +
              std::to_string(timeoutMs) + " ms";
      return false;
    }
    if (p.revents & (POLLERR | POLLHUP | POLLNVAL)) {
      error = path + ": the device hung up";
      return false;
    }
    const ssize_t n = ::write(fd, data + done, size - done);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
      continue;
    if (n < 0) {
      error = sysError(path, "write");
      return false;
    }
    done += size_t(n);
  }
  return true;
}

long SerialPort::read(uint8_t *data, size_t capacity, int timeoutMs,
                      std::string &error) {
  for (;;) {
    pollfd p{fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, timeoutMs);
    if (ready < 0 && errno == EINTR)
      continue;
    if (ready < 0) {
      error = sysError(path, "poll");
      return -1;
    }
    if (ready == 0)
      return 0;
    const ssize_t n = ::read(fd, data, capacity);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
      continue;
    if (n < 0) {
      error = sysError(path, "read");
      return -1;
    }
    if (n == 0 || (p.revents & (POLLHUP | POLLERR))) {
      if (n > 0)
        return long(n);
      error = path + ": the device hung up";
      return -1;
    }
    return long(n);
  }
}

} // namespace plasticc::host
